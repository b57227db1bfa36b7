import {
  Alert,
  Button,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Select,
  Switch,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberSelect } from '@/components/ui/select-field';
import { ApiError } from '@/lib/api-client';
import { fieldErrorText } from '@/lib/forms/field-errors';
import { useSaveNotificationSettings } from '../api/notifications';
import type { Delivery, NotificationKind, NotificationSettings } from '../api/types';
import { useProblemText } from '@/lib/forms/problem-text';

const DELIVERIES: Delivery[] = ['IMMEDIATE', 'DAILY', 'WEEKLY', 'NONE'];
const HOURS = Array.from({ length: 24 }, (_, h) => h);
const DAYS = [1, 2, 3, 4, 5, 6, 7];

/** Mail per kind, digest hour and weekday, quiet hours; saved whole. */
export function SettingsForm({
  initial,
  isCoordinator,
}: {
  initial: NotificationSettings;
  isCoordinator: boolean;
}) {
  const { t } = useTranslation('notifications');
  const save = useSaveNotificationSettings();
  const problemText = useProblemText('notifications');
  const [settings, setSettings] = useState(initial);
  const [saved, setSaved] = useState(false);
  const quiet = settings.quietFrom != null && settings.quietTo != null;
  const kinds = settings.kinds.filter((k) => isCoordinator || k.kind !== 'COORDINATION');

  const setKind = (kind: NotificationKind, delivery: Delivery) => {
    setSaved(false);
    setSettings((s) => ({
      ...s,
      kinds: s.kinds.map((k) => (k.kind === kind ? { kind, delivery } : k)),
    }));
  };
  const change = (patch: Partial<NotificationSettings>) => {
    setSaved(false);
    setSettings((s) => ({ ...s, ...patch }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(settings, { onSuccess: () => setSaved(true) });
  };
  const error = save.error;
  const fieldErrors = error instanceof ApiError ? error.fieldErrors : [];

  return (
    <form className="hb-stack" onSubmit={submit} noValidate>
      <Fieldset>
        <Fieldset.Legend>{t('settings.kindsLegend')}</Fieldset.Legend>
        <Fieldset.Description>{t('settings.kindsHelp')}</Fieldset.Description>
        <div className="hb-settings-grid">
          {kinds.map((k) => (
            <Field key={k.kind}>
              <Label>{t(`kind.${k.kind}` as 'kind.REPLIES')}</Label>
              <Select
                value={k.delivery}
                onChange={(e) => setKind(k.kind, e.target.value as Delivery)}
                data-testid={`delivery-${k.kind}`}
              >
                {DELIVERIES.map((d) => (
                  <Select.Option key={d} value={d}>
                    {t(`delivery.${d}` as 'delivery.NONE')}
                  </Select.Option>
                ))}
              </Select>
            </Field>
          ))}
        </div>
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('settings.digestLegend')}</Fieldset.Legend>
        <Fieldset.Description>{t('settings.digestHelp')}</Fieldset.Description>
        <div className="hb-settings-grid">
          <NumberSelect
            label={t('settings.digestHour')}
            value={settings.digestHour}
            choices={HOURS}
            text={hour}
            onChange={(n) => change({ digestHour: n })}
          />
          <NumberSelect
            label={t('settings.weeklyDay')}
            value={settings.weeklyDay}
            choices={DAYS}
            text={(d) => t(`day.${d}` as 'day.1')}
            onChange={(n) => change({ weeklyDay: n })}
          />
        </div>
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('settings.quietLegend')}</Fieldset.Legend>
        <Fieldset.Description>{t('settings.quietHelp')}</Fieldset.Description>
        <Switch
          label={t('settings.quietOn')}
          checked={quiet}
          onChange={(e) =>
            change(
              e.target.checked ? { quietFrom: 22, quietTo: 6 } : { quietFrom: null, quietTo: null },
            )
          }
        />
        {quiet ? (
          <div className="hb-settings-grid">
            <NumberSelect
              label={t('settings.quietFrom')}
              value={settings.quietFrom}
              choices={HOURS}
              text={hour}
              onChange={(n) => change({ quietFrom: n })}
            />
            <NumberSelect
              label={t('settings.quietTo')}
              value={settings.quietTo}
              choices={HOURS}
              text={hour}
              onChange={(n) => change({ quietTo: n })}
            />
          </div>
        ) : null}
      </Fieldset>
      {error ? (
        <Alert data-color="danger">
          {fieldErrors.length > 0 ? (
            <ul>
              {fieldErrors.map((f) => (
                <li key={f.field}>{fieldErrorText(f)}</li>
              ))}
            </ul>
          ) : (
            <p className="hb-alert-text">{problemText(error)}</p>
          )}
        </Alert>
      ) : null}
      <div className="hb-notification-actions">
        <Button type="submit" disabled={save.isPending}>
          {t('settings.save')}
        </Button>
        <Paragraph data-size="sm" role="status">
          {saved ? t('settings.saved') : ''}
        </Paragraph>
      </div>
    </form>
  );
}

function hour(h: number) {
  return `${String(h).padStart(2, '0')}:00`;
}
