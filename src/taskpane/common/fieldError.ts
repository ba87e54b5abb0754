/**
 * The core's validation reasons start with the path of the field ("contact.channels[1].address: is too
 * short"): split them so a form can put the message under the field it is about.
 */
export interface FieldError {
  /** The path after the object's own name: "channels[1].address", "timeZone"; "" when none. */
  readonly path: string;
  readonly message: string;
}

/** Splits `reason` for the object named `root` ("contact", "settings"). */
export function fieldError(reason: string, root: string): FieldError {
  const match = /^([A-Za-z_][\w.[\]]*): (.*)$/s.exec(reason);
  if (!match || !(match[1] === root || match[1]!.startsWith(`${root}.`) || match[1]!.startsWith(`${root}[`)))
    return { path: '', message: reason };
  const path = match[1]!.slice(root.length).replace(/^\./, '');
  return { path, message: match[2] ?? reason };
}
