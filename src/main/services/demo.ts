import { z } from 'zod';
import { DocumentMetadataInput } from '../../shared/api';
import { textToBlocks } from '../../shared/domain/textToBlocks';
import demoWorkspace from '../../../resources/demo/workspace.json';
import { requireAccount, type ServiceContext } from './context';
import { createDocument } from './documents';
import { getAgency } from './settings';
import { appendVersion } from './versions';

const DemoWorkspace = z.object({
  documents: z.array(
    DocumentMetadataInput.extend({
      versions: z.array(z.object({ label: z.string(), note: z.string(), text: z.array(z.string()) })),
    }),
  ),
});

/** `{机关}` in the demo texts stands for the agency name entered at setup. */
function fill(text: string, agencyName: string): string {
  return text.replaceAll('{机关}', agencyName);
}

/** Registers the demonstration documents (written for the demo, see resources/demo) with their versions. */
export function seedDemoWorkspace(ctx: ServiceContext): number {
  const actor = requireAccount(ctx);
  const { agencyName } = getAgency(ctx);
  const workspace = DemoWorkspace.parse(demoWorkspace);
  for (const { versions, ...metadata } of workspace.documents) {
    const document = createDocument(ctx, {
      ...metadata,
      title: fill(metadata.title, agencyName),
      draftingUnit: fill(metadata.draftingUnit, agencyName),
      issuingAuthority: fill(metadata.issuingAuthority, agencyName),
    });
    for (const version of versions) {
      const lines = version.text.map((line) => fill(line, agencyName));
      appendVersion(ctx, actor, {
        documentId: document.id,
        label: version.label,
        note: version.note,
        blocks: textToBlocks(lines, () => ctx.ids.next()),
      });
    }
  }
  return workspace.documents.length;
}
