import type { Db } from '../connection';

/** 涉及市场主体经济活动? as answered for a document. */
export interface MarketActivityAnswer {
  documentId: string;
  touchesBusiness: boolean;
  answeredAt: string;
  answeredBy: string;
  answeredByName: string | null;
}

interface MarketActivityAnswerRow {
  document_id: string;
  touches_business: number;
  answered_at: string;
  answered_by: string;
  answered_by_name: string | null;
}

function fromRow(row: MarketActivityAnswerRow): MarketActivityAnswer {
  return {
    documentId: row.document_id,
    touchesBusiness: row.touches_business === 1,
    answeredAt: row.answered_at,
    answeredBy: row.answered_by,
    answeredByName: row.answered_by_name,
  };
}

export function findMarketActivityAnswer(db: Db, documentId: string): MarketActivityAnswer | null {
  const row = db
    .prepare(
      `SELECT a.*, u.display_name AS answered_by_name FROM market_activity_answers a
       LEFT JOIN users u ON u.id = a.answered_by WHERE a.document_id = ?`,
    )
    .get(documentId) as MarketActivityAnswerRow | undefined;
  return row ? fromRow(row) : null;
}

export function putMarketActivityAnswer(
  db: Db,
  answer: { documentId: string; touchesBusiness: boolean; answeredAt: string; answeredBy: string },
): void {
  db.prepare(
    `INSERT INTO market_activity_answers (document_id, touches_business, answered_at, answered_by)
     VALUES (@documentId, @touches, @answeredAt, @answeredBy)
     ON CONFLICT (document_id) DO UPDATE SET touches_business = excluded.touches_business,
       answered_at = excluded.answered_at, answered_by = excluded.answered_by`,
  ).run({ ...answer, touches: answer.touchesBusiness ? 1 : 0 });
}
