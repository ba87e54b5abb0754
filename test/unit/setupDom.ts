import '@testing-library/jest-dom';

// jsdom has no layout, so no ResizeObserver; Fluent's MessageBar reflow only needs it to exist.
class NoLayoutResizeObserver implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoLayoutResizeObserver;

// Component tests drive whole forms with user-event (one event per keystroke in jsdom): on a loaded
// 2-core CI machine a long journey takes several seconds. A hang still fails, after 30 s.
jest.setTimeout(30_000);
