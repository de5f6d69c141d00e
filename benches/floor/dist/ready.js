// Two animation frames after the page is in, as Design Lab's first screen waits for its own.
requestAnimationFrame(() =>
  requestAnimationFrame(() => window.__TAURI_INTERNALS__.invoke('first_screen_shown')),
);
