import { Alert, Button, Field, Label, Select, Textarea } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/lib/use-language';
import { useRadarAction, useRadarOptions } from '../api/insights';
import type { RadarAction } from '../api/types';
import { useProblemText } from '@/lib/forms/problem-text';
import { ProblemAlert } from '@/components/ui/live-alert';

/** Welcome message, point to one of the nearest groups, or invite a mentor; with a note. */
export function RadarActions({ memberId, name }: { memberId: number; name: string }) {
  const { t } = useTranslation('insights');
  const { language } = useLanguage();
  const [action, setAction] = useState<RadarAction>('WELCOME');
  const [target, setTarget] = useState('');
  const [note, setNote] = useState('');
  const options = useRadarOptions(memberId, action !== 'WELCOME');
  const act = useRadarAction(memberId);
  const problemText = useProblemText('insights');
  const id = `radar-${memberId}`;
  const send = () =>
    act.mutate(
      {
        action,
        note: note || undefined,
        groupId: action === 'GROUP' ? Number(target) : undefined,
        mentorId: action === 'MENTOR' ? Number(target) : undefined,
      },
      { onSuccess: () => setNote('') },
    );
  return (
    <div className="hb-stack">
      <div className="hb-radar-actions">
        <Field>
          <Label htmlFor={`${id}-action`}>{t('radar.action', { name })}</Label>
          <Select
            id={`${id}-action`}
            value={action}
            onChange={(e) => {
              setAction(e.target.value as RadarAction);
              setTarget('');
            }}
          >
            {(['WELCOME', 'GROUP', 'MENTOR'] as const).map((a) => (
              <Select.Option key={a} value={a}>
                {t(`radar.actions.${a}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {action !== 'WELCOME' ? (
          <Field>
            <Label htmlFor={`${id}-target`}>
              {action === 'GROUP' ? t('radar.nearestGroups') : t('radar.mentors')}
            </Label>
            <Select id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value)}>
              <Select.Option value="">{t('radar.choose')}</Select.Option>
              {action === 'GROUP'
                ? options.data?.groups.map((g) => (
                    <Select.Option key={g.groupId} value={String(g.groupId)}>
                      {t('radar.groupOption', {
                        name: language === 'en' ? g.nameEn : g.nameNb,
                        peers: g.peers,
                      })}
                    </Select.Option>
                  ))
                : options.data?.mentors.map((m) => (
                    <Select.Option key={m.mentorId} value={String(m.mentorId)}>
                      {t('radar.mentorOption', { name: m.displayName, shared: m.sharedSystems })}
                    </Select.Option>
                  ))}
            </Select>
          </Field>
        ) : null}
      </div>
      <Field>
        <Label htmlFor={`${id}-note`}>{t('radar.note')}</Label>
        <Textarea
          id={`${id}-note`}
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Field>
      <div>
        <Button
          data-size="sm"
          disabled={act.isPending || (action !== 'WELCOME' && !target)}
          onClick={send}
        >
          {t(`radar.send.${action}`)}
        </Button>
      </div>
      {act.isSuccess ? (
        <Alert data-color="success" role="status">
          {t('radar.sent')}
        </Alert>
      ) : null}
      <ProblemAlert call={act} text={problemText} />
    </div>
  );
}
