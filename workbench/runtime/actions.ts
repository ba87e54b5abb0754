/**
 * Office.actions.associate and how the device runs a function in this frame: by the associated name
 * (case-insensitive, as office.js's association table), else a global function of that name (the web
 * runtime's fallback). The event object is the one Office passes: { source: { id } } for a button,
 * { type } for a launch event, with completed(options) that reports once to the device.
 */
import type { HostDispatch } from '../shared/hostApi';

type Handler = (event: unknown) => unknown;

export class Actions {
  private readonly mappings = new Map<string, Handler>();

  readonly office: Pick<typeof Office.actions, 'associate'> = {
    associate: (name: string, handler: (...args: never[]) => unknown) => {
      this.mappings.set(name.toUpperCase(), handler as Handler);
    },
  };

  constructor(private readonly global: Record<string, unknown>) {}

  private find(name: string): Handler | undefined {
    const associated = this.mappings.get(name.toUpperCase());
    if (associated) return associated;
    const global = this.global[name];
    return typeof global === 'function' ? (global as Handler) : undefined;
  }

  /** Runs the function for `request`; false when the add-in registered no such function. */
  dispatch(request: HostDispatch, complete: (options: unknown) => void): boolean {
    const handler = this.find(request.functionName);
    if (!handler) return false;
    let done = false;
    const completed = (options?: unknown) => {
      if (done) return;
      done = true;
      complete(options === undefined ? undefined : (JSON.parse(JSON.stringify(options)) as unknown));
    };
    const event =
      request.kind === 'command'
        ? { source: { id: request.controlId }, completed }
        : { type: request.type, completed };
    // Thrown errors surface in the frame (and the device's log) like any uncaught error; Office then
    // waits for completed() until its time limit, as it does.
    setTimeout(() => handler(event), 0);
    return true;
  }
}
