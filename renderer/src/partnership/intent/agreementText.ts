import type { Agreement } from '@shared/domain';

/** "on 3 Mar 2027 by Dana Scully (us) and Raj Patel (partner)". */
export function agreementText(agreement: Agreement, formatDay: (day: string) => string): string {
  return `on ${formatDay(agreement.agreedOn)} by ${agreement.agreedByUs} (us) and ${agreement.agreedByPartner} (partner)`;
}
