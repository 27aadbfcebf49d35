import type { ErrorStatus } from '../schemas/error.ts';

/** What a page's status badge says: a short label that names what the status is of, and the sentence behind it. */
export interface StatusText {
  /** The badge, e.g. `Fixed in 2.1.120`, `Workaround only`, `Cause unconfirmed`. */
  label: string;
  /** One or two sentences shown next to the badge: what the status means for the reader. */
  explanation: string;
}

/** Versions longer than this go in the explanation, not on the badge. */
const SHORT_VERSION = 24;

/** The badge label and its explanation for every value of `status`. */
export function describeStatus(status: ErrorStatus, fixedIn?: string): StatusText {
  switch (status) {
    case 'open-bug':
      return {
        label: 'Open bug: no fix yet',
        explanation: 'This is a known bug in the tool and no release fixes it yet. The steps below get you working until a fix ships.',
      };
    case 'fixed':
      return {
        label: fixedIn && fixedIn.length <= SHORT_VERSION ? `Fix released in ${fixedIn}` : 'Fix released',
        explanation: `A release of the tool fixes this${fixedIn ? ` (${fixedIn})` : ''}. Updating is the lasting fix; the steps below help until you can.`,
      };
    case 'works-as-designed':
      return {
        label: 'Not a bug: works as designed',
        explanation: 'The tool behaves this way on purpose, so no update will change it. The fix is on your side: the steps below show what to change.',
      };
    case 'workaround-only':
      return {
        label: 'Workaround only',
        explanation: 'No release removes the cause. The steps below work around it, and you may need them again after the tool updates.',
      };
    case 'unknown':
      return {
        label: 'Cause unconfirmed',
        explanation: 'The sources do not settle whether this is a bug or whether a fix is coming. The steps below are what has helped; the evidence note under Sources checked says what is still open.',
      };
  }
}
