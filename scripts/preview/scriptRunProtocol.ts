/** What the google.script.run shim and the local runtime's end of it say to each other. */

/** Where the shim posts `{ name, args }`; relative to the sidebar's own address. */
export const SCRIPT_RUN_PATH = '/script-run';

export type ScriptRunReply = { value: unknown } | { error: string };

/** `source` of the messages the sidebar's frame posts to the page around it. */
export const SIDEBAR_MESSAGE = 'creator-ops-sidebar';

/** A call finished (the sheet may have changed), or google.script.host.close() was called. */
export type SidebarEvent = { type: 'ran'; name: string } | { type: 'close' };

export type SidebarMessage = { source: typeof SIDEBAR_MESSAGE } & SidebarEvent;
