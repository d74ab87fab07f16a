import type { IntentContent } from '@shared/domain';
import { IntentText } from './IntentText';

interface Props {
  readonly value: IntentContent['valueExchange'];
  readonly partnerOrg: string;
}

/** What each side gives and gets, us and the partner side by side. */
export function ValueExchangeTable({ value, partnerOrg }: Props) {
  if (!Object.values(value).some((text) => text.trim())) return <IntentText text="" />;
  return (
    <table className="intent-table intent-exchange">
      <thead>
        <tr>
          <td className="intent-exchange-corner" />
          <th scope="col">Us</th>
          <th scope="col">{partnerOrg} (partner)</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Gives</th>
          <td className="intent-text">{value.weGive || '—'}</td>
          <td className="intent-text">{value.theyGive || '—'}</td>
        </tr>
        <tr>
          <th scope="row">Gets</th>
          <td className="intent-text">{value.weGet || '—'}</td>
          <td className="intent-text">{value.theyGet || '—'}</td>
        </tr>
      </tbody>
    </table>
  );
}
