import type { Session } from '../../src/main/api/context';
import { DOCX_MEDIA_TYPE } from '../../src/main/export/gbt9704';
import type { Block } from '../../src/shared/domain/blocks';
import type { TestApp } from './app';
import { sampleDocx } from './docxFixtures';
import { bringToDeliberated, counselSignsIssued, filingTeam, issueDeliberated } from './workflowPath';

export interface IssuedDocument {
  admin: Session;
  drafter: Session;
  reviewer: Session;
  counsel: Session;
  documentId: string;
  /** The version reviewed and issued (the 正式文本). */
  versionId: string;
  /** An earlier version, for the 修改对照表. */
  firstVersionId: string;
  docNumber: string;
  registrationNumber: string | null;
}

/**
 * The 行政规范性文件 of the filing package tests, taken through the real services (workflowPath.ts): a
 * 征求意见稿 with the title only, then the 送审稿 with `blocks`, its 起草说明 as a Word file; reviewed
 * LAWFUL and deliberated at the 2026年第5次局务会议 on 2026-05-20, issued and published 2026-06-01
 * (施行 2026-07-01), counsel's opinion signed on the 正式文本 and the key roster signed. The clock then
 * stands on 2026-06-05.
 */
export async function issuedDocument(app: TestApp, blocks: Block[]): Promise<IssuedDocument> {
  app.clock.set('2026-05-20T02:00:00.000Z');
  const team = await filingTeam(app);
  const [title] = blocks;
  const deliberated = await bringToDeliberated(app, team, {
    title: '某区统计数据质量管理办法',
    earlierVersion: { label: '征求意见稿', blocks: [title as Block] },
    blocks,
    materialFiles: {
      drafting_explanation: {
        fileName: '起草说明.docx',
        mediaType: DOCX_MEDIA_TYPE,
        data: await sampleDocx(),
      },
    },
    deliberation: { meetingName: '2026年第5次局务会议' },
  });
  app.clock.set('2026-06-01T02:00:00.000Z');
  const issued = await issueDeliberated(app, team, deliberated, {
    publishedOn: '2026-06-01',
    effectiveOn: '2026-07-01',
  });
  await counselSignsIssued(app, team, issued);
  app.clock.set('2026-06-05T02:00:00.000Z');
  return {
    admin: team.admin,
    drafter: team.drafter,
    reviewer: team.reviewer,
    counsel: team.counsel,
    documentId: issued.documentId,
    versionId: issued.versionId,
    firstVersionId: issued.earlierVersionId ?? '',
    docNumber: issued.docNumber,
    registrationNumber: issued.registrationNumber,
  };
}
