import { z } from 'zod';
import { type Account, DocumentMetadataInput } from '../../shared/api';
import demoWorkspace from '../../../resources/demo/workspace.json';
import { requireAccount, type ServiceContext } from './context';
import { CAMPAIGN_KINDS, DISPOSITIONS } from '../../shared/domain/cleanup/campaigns';
import { DECISION_TYPES } from '../../shared/domain/decisionCatalog';
import { walkDemoDisclosures } from './demoDisclosure';
import { walkDemoCampaign, walkDemoDecisionCatalog } from './demoCleanup';
import { DEMO_REACHES, type DemoPersonas, walkDemoDocument } from './demoPath';
import { holidayTable, today } from './rules';
import { getAgency } from './settings';
import { createUser } from './users';

const DemoWorkspace = z.object({
  personas: z.object({
    drafter: z.object({ username: z.string(), displayName: z.string() }),
    reviewer: z.object({ username: z.string(), displayName: z.string() }),
    counsel: z.object({ username: z.string(), displayName: z.string() }),
    leader: z.object({ username: z.string(), displayName: z.string() }),
  }),
  documents: z.array(
    DocumentMetadataInput.extend({
      versions: z.array(z.object({ label: z.string(), note: z.string(), text: z.array(z.string()) })),
      reach: z.enum(DEMO_REACHES).default('drafting'),
      startDaysAgo: z.number().int().min(0).default(3),
    }),
  ),
  campaigns: z.array(
    z.object({
      kind: z.enum(CAMPAIGN_KINDS),
      name: z.string(),
      startDaysAgo: z.number().int().min(0),
      dueDaysAfter: z.number().int().min(1),
      reach: z.enum(['decided', 'applied']),
      items: z.array(z.object({ title: z.string(), disposition: z.enum(DISPOSITIONS), reason: z.string() })),
    }),
  ),
  decisionCatalog: z.object({
    year: z.number().int(),
    items: z.array(
      z.object({
        name: z.string(),
        decisionType: z.enum(DECISION_TYPES),
        leadUnit: z.string(),
        basis: z.string(),
        plannedCompletion: z.string(),
      }),
    ),
    checkOpinion: z.string(),
    approvalReference: z.string(),
    adjustment: z.object({
      item: z.number().int().min(1),
      plannedCompletion: z.string(),
      reason: z.string(),
    }),
  }),
});

/** `{机关}` in the demo texts stands for the agency name entered at setup. */
function fill(text: string, agencyName: string): string {
  return text.replaceAll('{机关}', agencyName);
}

/**
 * The demonstration workspace (written for the demo, see resources/demo): four colleagues, each with
 * the role they play, share the administrator's password. Once setup is committed, the administrator
 * signs the key roster, and each document is registered and taken along its path by them, step by step,
 * as ordinary operations.
 */
export function seedDemoWorkspace(ctx: ServiceContext, password: string): number {
  const { agencyName } = getAgency(ctx);
  const workspace = DemoWorkspace.parse(demoWorkspace);
  const persona = (key: Exclude<keyof DemoPersonas, 'admin'>, roles: Account['roles']): Account =>
    createUser(ctx, { ...workspace.personas[key], password, roles });
  const personas: DemoPersonas = {
    admin: requireAccount(ctx),
    drafter: persona('drafter', ['drafter']),
    reviewer: persona('reviewer', ['reviewer']),
    counsel: persona('counsel', ['counsel']),
    leader: persona('leader', ['leader']),
  };
  const holidays = holidayTable(ctx);
  const setupDay = today(ctx);
  ctx.afterCommit?.(async (operations) => {
    // As an administrator does once the colleagues' accounts exist: the signed key roster goes into
    // every sign-off file and filing package, so that `package verify` can name who signed.
    await operations.run(personas.admin.id, 'keyRoster.sign', { password }, ctx.clock.now());
    const walk = { operations, personas, password, holidays, today: setupDay };
    const documentIds = new Map<string, string>();
    for (const { versions, reach, startDaysAgo, ...metadata } of workspace.documents) {
      const id = await walkDemoDocument(walk, {
        metadata: {
          ...metadata,
          title: fill(metadata.title, agencyName),
          draftingUnit: fill(metadata.draftingUnit, agencyName),
          issuingAuthority: fill(metadata.issuingAuthority, agencyName),
        },
        versions: versions.map((version) => ({
          label: version.label,
          note: version.note,
          lines: version.text.map((line) => fill(line, agencyName)),
        })),
        reach,
        startDaysAgo,
      });
      documentIds.set(metadata.title, id);
    }
    for (const campaign of workspace.campaigns) {
      await walkDemoCampaign(walk, { ...campaign, name: fill(campaign.name, agencyName) }, documentIds);
    }
    await walkDemoDecisionCatalog(walk, workspace.decisionCatalog);
    const first = (test: (document: (typeof workspace.documents)[number]) => boolean) =>
      documentIds.get(workspace.documents.find(test)?.title ?? '');
    await walkDemoDisclosures(
      walk,
      first((document) => document.kind === 'disclosure'),
      first((document) => document.kind === 'admin_normative' && document.reach === 'filed'),
    );
  });
  return workspace.documents.length;
}
