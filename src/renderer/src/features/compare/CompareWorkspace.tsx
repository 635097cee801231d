import { Card, Flex, Segmented, Space, Switch, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/api';
import { useHasRole } from '../../lib/session';
import { useApiError } from '../../lib/useApiError';
import { ChangeNavigator } from './ChangeNavigator';
import { ChangePanel } from './ChangePanel';
import { buildCompareModel } from './compareModel';
import { ComparisonTableView, type NotesLock } from './ComparisonTableView';
import { RedlineView } from './RedlineView';
import { buildRows } from './rows';
import { SideBySideView } from './SideBySideView';
import { SummaryBar } from './SummaryBar';
import { useChangeNavigation } from './useChangeNavigation';
import { useChangeShortcuts } from './useChangeShortcuts';
import { sideTitle, type CompareView } from './useCompareParams';
import { useSaveNote } from './useSaveNote';
import type { ScrollRequest } from './VirtualRows';

const VIEW_OPTIONS: { value: CompareView; label: string }[] = [
  { value: 'redline', label: '修订视图' },
  { value: 'side', label: '左右对照' },
  { value: 'table', label: '修改对照表' },
];

/** Height of the toolbar above the text inside the card. */
const VIEW_TOOLBAR = 56;

/**
 * One comparison on screen: the summary, the change list beside the text, the three views and the
 * navigator that walks every view from change to change.
 */
export function CompareWorkspace({
  comparison,
  documentId,
  view,
  onViewChange,
  height,
}: {
  comparison: ChannelOutput<'compare.run'>;
  documentId: string;
  view: CompareView;
  onViewChange: (view: CompareView) => void;
  height: number;
}) {
  const { result, from, to, notes, millis } = comparison;
  const model = useMemo(() => buildCompareModel(result), [result]);
  const [fold, setFold] = useState(true);
  const [opened, setOpened] = useState<ReadonlySet<number>>(() => new Set());
  const rowModel = useMemo(() => buildRows(result, fold, opened), [result, fold, opened]);
  const openGap = useCallback((start: number) => setOpened((current) => new Set(current).add(start)), []);

  const navigation = useChangeNavigation(result.changes.length);
  useChangeShortcuts(navigation.next, navigation.previous);
  const active = navigation.index === null ? undefined : result.changes[navigation.index];
  const activeUnit = active?.unit ?? null;
  const viewScroll: ScrollRequest | null = active
    ? {
        row: view === 'table' ? (navigation.index ?? 0) : (rowModel.rowOfPair[active.pair] ?? -1),
        signal: navigation.signal,
      }
    : null;
  const listScroll: ScrollRequest | null =
    navigation.index === null ? null : { row: navigation.index, signal: navigation.signal };

  const canEdit = useHasRole('drafter', 'reviewer');
  const lock: NotesLock = to === null ? 'draft' : canEdit ? null : 'role';
  const saveNote = useSaveNote(
    to ? { documentId, fromVersionId: from.id, toVersionId: to.id, ...result.options } : null,
  );
  const showError = useApiError();
  const textHeight = height - VIEW_TOOLBAR;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <SummaryBar result={result} millis={millis} />
      <Flex gap={16} align="stretch">
        <Card size="small" style={{ width: 300, flex: 'none' }} styles={{ body: { padding: '0 8px' } }}>
          <ChangePanel
            model={model}
            activeIndex={navigation.index}
            activeUnit={activeUnit}
            scrollTo={listScroll}
            onJump={navigation.jump}
            height={height}
          />
        </Card>
        <Card size="small" style={{ flex: 1, minWidth: 0 }}>
          <Flex justify="space-between" align="center" wrap gap={8} style={{ minHeight: VIEW_TOOLBAR - 8 }}>
            <Segmented<CompareView>
              aria-label="视图"
              options={VIEW_OPTIONS}
              value={view}
              onChange={onViewChange}
            />
            <Space size={16} wrap>
              {view !== 'table' && (
                <Space size={6}>
                  <Switch size="small" checked={fold} onChange={setFold} aria-label="折叠未变内容" />
                  <Typography.Text>折叠未变内容</Typography.Text>
                </Space>
              )}
              <ChangeNavigator
                index={navigation.index}
                count={result.changes.length}
                onPrevious={navigation.previous}
                onNext={navigation.next}
              />
            </Space>
          </Flex>
          {view === 'redline' && (
            <RedlineView
              model={model}
              rowModel={rowModel}
              activeUnit={activeUnit}
              scrollTo={viewScroll}
              height={textHeight}
              onOpenGap={openGap}
            />
          )}
          {view === 'side' && (
            <SideBySideView
              model={model}
              rowModel={rowModel}
              activeUnit={activeUnit}
              scrollTo={viewScroll}
              height={textHeight}
              onOpenGap={openGap}
              oldTitle={sideTitle(from)}
              newTitle={sideTitle(to)}
            />
          )}
          {view === 'table' && (
            <ComparisonTableView
              model={model}
              units={result.units}
              notes={notes}
              lock={lock}
              saveNote={saveNote}
              onSaveError={showError}
              activeUnit={activeUnit}
              scrollTo={viewScroll}
              height={textHeight}
            />
          )}
        </Card>
      </Flex>
    </Space>
  );
}
