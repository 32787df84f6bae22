// electron-vite's module suffixes (`?modulePath`) and ELECTRON_RENDERER_URL for the main process build.
/// <reference types="electron-vite/node" />
