// electron-vite's module suffixes (`?nodeWorker`) and ELECTRON_RENDERER_URL for the main process build.
/// <reference types="electron-vite/node" />
