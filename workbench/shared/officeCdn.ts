/** The Office.js CDN URL the production HTML references, and where the workbench serves its runtime instead. */
export const OFFICE_CDN_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const WORKBENCH_RUNTIME_PATH = '/workbench/office-runtime.js';

/** Rewrites add-in HTML so that it loads the workbench runtime in place of Office.js. */
export function routeOfficeScript(html: string): string {
  return html.split(OFFICE_CDN_URL).join(WORKBENCH_RUNTIME_PATH);
}
