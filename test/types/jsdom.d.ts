// The part of jsdom's API the tests use, typed without pulling the DOM library into the Node projects
// (jsdom ships no types, and @types/jsdom references lib "dom", which would let main/CLI code use `document`).
declare module 'jsdom' {
  interface TestElement {
    readonly tagName: string;
    readonly id: string;
    readonly classList: Iterable<string>;
    readonly textContent: string | null;
    getAttribute(name: string): string | null;
    getAttributeNames(): string[];
    querySelector(selector: string): TestElement | null;
    querySelectorAll(selector: string): TestElement[] & { length: number };
  }
  interface TestDocument extends TestElement {
    readonly body: TestElement;
    getElementById(id: string): TestElement | null;
  }
  export class JSDOM {
    constructor(html?: string, options?: Record<string, unknown>);
    readonly window: { document: TestDocument };
  }
}
