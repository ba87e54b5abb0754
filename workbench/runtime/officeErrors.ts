/**
 * Office's errors as office.js produces them. Asynchronous failures: the names and messages of
 * outlook-web-16.01.debug.js's error table (addErrorMessage, en-US strings of outlook_strings.js), in
 * @microsoft/office-js 1.1.110. Synchronous argument errors: Error objects named
 * Sys.ArgumentException / Sys.ArgumentNullException / Sys.ArgumentOutOfRangeException /
 * Sys.ArgumentTypeException, with the same messages (createError.ts in that file).
 */

const TABLE: Readonly<Record<number, readonly [string, string]>> = {
  1000: ['Invalid Coercion Type', 'The specified coercion type is not supported.'],
  5001: ['Internal Error', 'An internal error has occurred.'],
  9002: ['InternalFormatError', 'There was an internal format error.'],
  9012: ['NumberOfRecipientsExceeded', "The total number of recipients in the field can't exceed 500."],
  9017: ['AccessRestricted', ''],
  9019: ['GenericSettingsError', ''],
  9020: ['GenericResponseError', ''],
  9021: ['SaveError', 'Connection error occurred while trying to save the item on the server.'],
  9023: ['DuplicateNotificationKey', 'A notification with the provided key already exists.'],
  9024: ['NotificationKeyNotFound', 'There are no notifications with the provided key.'],
  9025: [
    'NumberOfNotificationsExceeded',
    "The notification couldn't be added because the notification limit has been reached.",
  ],
  9030: ['APICallFailedDueToItemChange', 'The API call failed due to an item change.'],
  9031: ['InvalidParameterValueError', "The value of the 'parameter' parameter is invalid."],
  9032: ['ApiCallNotSupportedByExtensionPoint', 'API not supported for extension point.'],
  9040: [
    'HTTPRequestFailure',
    'The request has failed. Please look at the diagnostics object for the HTTP error code.',
  ],
  9041: [
    'NetworkError',
    'The user is no longer connected to the network. Please check your network connection and try again.',
  ],
  9042: [
    'InternalServerError',
    'The Exchange server returned an error. Please look at the diagnostics object for more information.',
  ],
  9046: ['ItemNotSaved', "The id can't be retrieved until the item is saved."],
  9049: ['ItemNotFound', 'The item does not exist or has not been created.'],
  // Not in the web runtime's table: documented in "Office Add-ins error codes" (GH3060).
  9057: ['Size Limit Exceeded', 'A maximum of 32KB is available for the settings of each add-in.'],
};

/** Office's name and message for an error code (unknown codes: "Internal Error"). */
export function officeErrorInfo(code: number): { name: string; message: string } {
  const [name, message] = TABLE[code] ?? ['Internal Error', 'An internal error has occurred.'];
  return { name, message };
}

function sysError(
  name: string,
  text: string,
  paramName: string | undefined,
  extra: Record<string, unknown> = {},
) {
  const message = `${name}: ${text}${paramName ? `\nParameter name: ${paramName}` : ''}`;
  return Object.assign(new Error(message), { name, paramName, ...extra });
}

export function argumentError(paramName?: string, message?: string): Error {
  return sysError(
    'Sys.ArgumentException',
    message ?? 'Value does not fall within the expected range.',
    paramName,
  );
}

export function argumentNullError(paramName?: string): Error {
  return sysError('Sys.ArgumentNullException', 'Value cannot be null.', paramName);
}

export function argumentOutOfRangeError(paramName?: string, actualValue?: number): Error {
  const error = sysError(
    'Sys.ArgumentOutOfRangeException',
    'Specified argument was out of the range of valid values.',
    paramName,
    { actualValue },
  );
  if (actualValue !== undefined) {
    error.message += `\nActual value was ${actualValue}.`;
  }
  return error;
}

export function argumentTypeError(paramName?: string, actualType?: string, expectedType?: string): Error {
  const text =
    actualType && expectedType
      ? `Object of type '${actualType}' cannot be converted to type '${expectedType}'.`
      : 'Object cannot be converted to the required type.';
  return sysError('Sys.ArgumentTypeException', text, paramName, { actualType, expectedType });
}

export function parameterCountError(): Error {
  return sysError(
    'Sys.ParameterCountException',
    'The given parameters do not match the expected format.',
    undefined,
  );
}

/** An error Office throws with a code (roamingSettings.set past the quota in classic Outlook: 9057). */
export function codedError(code: number): Error {
  const { name, message } = officeErrorInfo(code);
  return Object.assign(new Error(message), { name, code });
}

/** "Invalid operation (x) when Office.context.mailbox.item is null." */
export function nullItemError(namespace: string): Error {
  return new Error(`Invalid operation (${namespace}) when Office.context.mailbox.item is null.`);
}
