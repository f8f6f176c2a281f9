/** The spreadsheet's user interface: menus, alerts, prompts, sidebars and dialogs, all recorded. */
import { SERVICE } from './boundary';
import type { Implements } from './gasTypes';
import { enumOf } from './gasTypes';
import type { FakeHtmlOutput } from './html';

type Button = GoogleAppsScript.Base.Button;
type ButtonSet = GoogleAppsScript.Base.ButtonSet;

export type MenuEntry = { caption: string; functionName: string } | { separator: true } | { subMenu: MenuRecord };

export interface MenuRecord {
  name: string;
  /** Made by createAddonMenu (Sheets shows it under Extensions with the add-on's name). */
  addon: boolean;
  entries: MenuEntry[];
}

export interface AlertRecord {
  title?: string;
  prompt: string;
  buttons: string;
  answer: string;
}

export interface PromptRecord extends AlertRecord {
  responseText: string;
}

export interface ToastRecord {
  message: string;
  title?: string;
  timeoutSeconds?: number;
  time: Date;
}

export interface DialogRecord {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  width?: number;
  height?: number;
}

/** What the user interface showed, and the answers a test scripted for alerts and prompts. */
export class UiRecorder {
  readonly menus: MenuRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: PromptRecord[] = [];
  readonly toasts: ToastRecord[] = [];
  readonly sidebars: DialogRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  readonly alertAnswers: string[] = [];
  readonly promptAnswers: { text: string; button: string }[] = [];

  /** The next alert returns this button ('OK', 'CANCEL', 'YES', 'NO', 'CLOSE'); unscripted alerts get the first button of their set. */
  answerNextAlert(button: string): void {
    this.alertAnswers.push(button);
  }

  answerNextPrompt(text: string, button = 'OK'): void {
    this.promptAnswers.push({ text, button });
  }
}

const BUTTONS_OF_SET: Record<string, string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

type UiMethods =
  'createMenu' | 'createAddonMenu' | 'alert' | 'prompt' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog';

export class FakeUi implements Implements<GoogleAppsScript.Base.Ui, UiMethods> {
  readonly [SERVICE] = 'Ui';
  readonly Button = enumOf<typeof GoogleAppsScript.Base.Button>(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
  readonly ButtonSet = enumOf<typeof GoogleAppsScript.Base.ButtonSet>(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);

  constructor(readonly recorder: UiRecorder) {}

  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.recorder, { name: caption, addon: false, entries: [] });
  }

  createAddonMenu(): FakeMenu {
    return new FakeMenu(this.recorder, { name: 'Add-on', addon: true, entries: [] });
  }

  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons) */
  alert(titleOrPrompt: string, promptOrButtons?: string | ButtonSet, buttons?: ButtonSet): Button {
    const dialog = dialogArguments(titleOrPrompt, promptOrButtons, buttons);
    const answer = scriptedAnswer(this.recorder.alertAnswers.shift(), dialog.buttons);
    this.recorder.alerts.push({ ...dialog, answer });
    return answer as unknown as Button;
  }

  /** prompt(prompt), prompt(prompt, buttons), prompt(title, prompt, buttons) */
  prompt(titleOrPrompt: string, promptOrButtons?: string | ButtonSet, buttons?: ButtonSet): FakePromptResponse {
    const dialog = dialogArguments(titleOrPrompt, promptOrButtons, buttons);
    const scripted = this.recorder.promptAnswers.shift();
    const answer = scriptedAnswer(scripted?.button, dialog.buttons);
    const responseText = scripted?.text ?? '';
    this.recorder.prompts.push({ ...dialog, answer, responseText });
    return new FakePromptResponse(responseText, answer);
  }

  showSidebar(userInterface: FakeHtmlOutput): void {
    this.recorder.sidebars.push(dialogOf('sidebar', userInterface, userInterface.getTitle()));
  }

  showModalDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.recorder.dialogs.push(dialogOf('modal', userInterface, title));
  }

  showModelessDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.recorder.dialogs.push(dialogOf('modeless', userInterface, title));
  }
}

export class FakeMenu implements Implements<
  GoogleAppsScript.Base.Menu,
  'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'
> {
  readonly [SERVICE] = 'Menu';

  constructor(
    readonly recorder: UiRecorder,
    readonly record: MenuRecord,
  ) {}

  addItem(caption: string, functionName: string): FakeMenu {
    if (typeof functionName !== 'string' || functionName === '') throw new Error('Invalid argument: functionName');
    this.record.entries.push({ caption, functionName });
    return this;
  }

  addSeparator(): FakeMenu {
    this.record.entries.push({ separator: true });
    return this;
  }

  addSubMenu(menu: FakeMenu): FakeMenu {
    this.record.entries.push({ subMenu: menu.record });
    return this;
  }

  /** A menu added again (onOpen running twice) replaces the one of the same name. */
  addToUi(): void {
    const existing = this.recorder.menus.findIndex(
      (menu) => menu.name === this.record.name && menu.addon === this.record.addon,
    );
    if (existing >= 0) this.recorder.menus.splice(existing, 1, this.record);
    else this.recorder.menus.push(this.record);
  }
}

export class FakePromptResponse implements Implements<
  GoogleAppsScript.Base.PromptResponse,
  'getResponseText' | 'getSelectedButton'
> {
  readonly [SERVICE] = 'PromptResponse';

  constructor(
    readonly responseText: string,
    readonly button: string,
  ) {}

  getResponseText(): string {
    return this.responseText;
  }

  getSelectedButton(): Button {
    return this.button as unknown as Button;
  }
}

function dialogArguments(
  titleOrPrompt: string,
  promptOrButtons?: string | ButtonSet,
  buttons?: ButtonSet,
): Omit<AlertRecord, 'answer'> {
  const titled = typeof promptOrButtons === 'string' && !(promptOrButtons in BUTTONS_OF_SET);
  return titled
    ? { title: titleOrPrompt, prompt: promptOrButtons, buttons: String(buttons ?? 'OK') }
    : { prompt: titleOrPrompt, buttons: String(promptOrButtons ?? 'OK') };
}

function scriptedAnswer(scripted: string | undefined, buttonSet: string): string {
  const allowed = BUTTONS_OF_SET[buttonSet];
  if (!allowed) throw new Error(`Unknown button set ${buttonSet}`);
  if (scripted === undefined) return allowed[0];
  if (!allowed.includes(scripted) && scripted !== 'CLOSE') {
    throw new Error(`The scripted answer ${scripted} is not a button of the ${buttonSet} dialog`);
  }
  return scripted;
}

function dialogOf(kind: DialogRecord['kind'], output: FakeHtmlOutput, title: string): DialogRecord {
  return { kind, title, html: output.getContent(), width: output.getWidth(), height: output.getHeight() };
}
