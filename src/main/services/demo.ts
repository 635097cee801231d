import { z } from 'zod';
import type { Account } from '../../shared/api';
import { DocumentMetadataInput } from '../../shared/api';
import { textToBlocks } from '../../shared/domain/textToBlocks';
import type { Deps } from '../deps';
import demoWorkspace from '../../../resources/demo/workspace.json';
import { registerDocument } from './documents';
import { getAgency } from './settings';
import { saveVersion } from './versions';

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
export function seedDemoWorkspace(deps: Deps, actor: Account): number {
  const { agencyName } = getAgency(deps);
  const workspace = DemoWorkspace.parse(demoWorkspace);
  for (const { versions, ...metadata } of workspace.documents) {
    const document = registerDocument(deps, actor, {
      ...metadata,
      title: fill(metadata.title, agencyName),
      draftingUnit: fill(metadata.draftingUnit, agencyName),
      issuingAuthority: fill(metadata.issuingAuthority, agencyName),
    });
    for (const version of versions) {
      const lines = version.text.map((line) => fill(line, agencyName));
      saveVersion(deps, actor, {
        documentId: document.id,
        label: version.label,
        note: version.note,
        blocks: textToBlocks(lines, () => deps.ids.next()),
      });
    }
  }
  return workspace.documents.length;
}
