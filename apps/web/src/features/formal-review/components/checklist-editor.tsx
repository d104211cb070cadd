import { App, Button, Card, Input, List, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveChecklist } from '../api/formal-review.api';
import type { ChecklistView } from '../api/formal-review-types';
import { useBilingual } from '../hooks/use-bilingual';

type Answer = { ok: boolean | null; note: string };
const toChoice = (ok: boolean | null) => (ok === null ? 'open' : ok ? 'ok' : 'notOk');
const fromChoice = (c: string) => (c === 'ok' ? true : c === 'notOk' ? false : null);

/** The manual checklist of the application's programme: each item ok / not ok / open with a note, saved together. */
export function ChecklistEditor({
  applicationId,
  checklist,
  editable,
}: {
  applicationId: string;
  checklist: ChecklistView;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const pick = useBilingual();
  const save = useSaveChecklist();
  const [answers, setAnswers] = useState<Record<string, Answer>>(() =>
    Object.fromEntries(checklist.items.map((i) => [i.code, { ok: i.ok, note: i.note }])),
  );
  const set = (code: string, patch: Partial<Answer>) =>
    setAnswers((a) => ({ ...a, [code]: { ...(a[code] ?? { ok: null, note: '' }), ...patch } }));
  const { progress } = checklist;
  return (
    <Card
      size="small"
      title={t('formalReview.checklist.title')}
      extra={
        <Typography.Text type="secondary">
          {t('formalReview.checklist.progress', {
            done: progress.ok + progress.notOk,
            total: progress.total,
            notOk: progress.notOk,
          })}
        </Typography.Text>
      }
    >
      <List
        dataSource={checklist.items}
        rowKey="code"
        renderItem={(item) => {
          const answer = answers[item.code] ?? { ok: null, note: '' };
          return (
            <List.Item data-testid={`checklist-${item.code}`}>
              <Space direction="vertical" style={{ width: '100%' }}>
                <Typography.Text strong>{pick(item.label)}</Typography.Text>
                {item.source && (
                  <Typography.Text type="secondary" title={item.source.quote}>
                    {t('formalReview.checklist.source', item.source)}
                  </Typography.Text>
                )}
                <Radio.Group
                  disabled={!editable}
                  value={toChoice(answer.ok)}
                  onChange={(e) => set(item.code, { ok: fromChoice(e.target.value) })}
                  optionType="button"
                  options={(['ok', 'notOk', 'open'] as const).map((c) => ({
                    value: c,
                    label: t(`formalReview.checklist.${c}`),
                  }))}
                />
                <Input.TextArea
                  disabled={!editable}
                  rows={1}
                  maxLength={1000}
                  placeholder={t('formalReview.checklist.note')}
                  value={answer.note}
                  onChange={(e) => set(item.code, { note: e.target.value })}
                />
              </Space>
            </List.Item>
          );
        }}
      />
      {editable && (
        <Button
          type="primary"
          loading={save.isPending}
          data-testid="save-checklist"
          onClick={() =>
            save.mutate(
              { id: applicationId, items: answers },
              {
                onSuccess: () => void message.success(t('formalReview.checklist.saved')),
                onError: (error) => void message.error(error.message),
              },
            )
          }
        >
          {t('formalReview.checklist.save')}
        </Button>
      )}
    </Card>
  );
}
