import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RuleProfile } from '../../../src/shared/domain/ruleProfileSchema';
import { AntdProviders } from '../../../src/renderer/src/lib/antd/AntdProviders';
import { BasisNote } from '../../../src/renderer/src/lib/BasisNote';
import { installBridge, signedInChannels } from '../support/fakeBridge';

function profileFile(name: string): RuleProfile {
  return RuleProfile.parse(
    JSON.parse(readFileSync(join(process.cwd(), `resources/rule-profiles/${name}.json`), 'utf8')),
  );
}

function renderNotes(profile: RuleProfile) {
  installBridge({
    ...signedInChannels(),
    'rules.get': {
      profile,
      customized: false,
      customUnreadable: false,
      builtins: [],
      holidayYears: [2025],
      importedHolidayYears: [],
    },
  });
  render(
    <QueryClientProvider client={new QueryClient()}>
      <AntdProviders>
        <div data-testid="own">
          <BasisNote confidence="L" citedAs={['上海市行政规范性文件制定和备案规定第二十六条']} />
        </div>
        <div data-testid="other">
          <BasisNote confidence="L" citedAs={['地方规定：自公布之日起30日后施行', '鹤壁市规定第二十七条']} />
        </div>
      </AntdProviders>
    </QueryClientProvider>,
  );
}

describe('a local basis is named for the office’s own locality only', () => {
  it('with the Shanghai profile, a Shanghai rule reads 本地规定（上海市） and 鹤壁’s practice 外地做法', async () => {
    renderNotes(profileFile('shanghai-example'));
    expect((await screen.findByText('本地规定（上海市）')).closest('[data-testid="own"]')).toBeTruthy();
    expect(screen.getByTestId('other').textContent).toBe('依据为外地做法，请按本地规定核实');
  });

  it('with the national profile (no locality), every local rule reads 外地做法', async () => {
    renderNotes(profileFile('national-default'));
    const notes = await screen.findAllByText('依据为外地做法，请按本地规定核实');
    expect(notes).toHaveLength(2);
    expect(screen.queryByText(/本地规定（/)).toBeNull();
  });
});
