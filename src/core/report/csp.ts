/** The HTML report's policy: nothing may load or run; styles are inline, images only as data: URLs (there are none today). */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
