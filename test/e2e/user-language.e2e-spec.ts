import { OrganisationKind, Role } from '@chainq/identity';
import { TestApp } from '../support/test-app';

const SET = 'mutation($language: Language!) { setMyLanguage(language: $language) { id language } }';
const ME = '{ me { id language } }';

/** Each user's language is remembered on the server: the web app opens in it and e-mails are written in it. */
describe('user language', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('refuses the anonymous and a language ChainQ does not speak, changing nothing', async () => {
    const anonymous = await t.gql(SET, { language: 'EN' });
    expect(anonymous.data).toBeNull();
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const { users: [user] } = await t.organisationWithUsers(OrganisationKind.ENTERPRISE, [Role.VIEWER]);
    const token = await t.login(user.email);
    for (const language of ['FR', 'zh-CN', 'en']) {
      const res = await t.gql(SET, { language }, token);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect((await t.gql(ME, {}, token)).data?.me.language).toBe('ZH_CN');
  });

  it('speaks Chinese by default; EN once a user chooses it, for that user only', async () => {
    const { users: [chooser, colleague] } = await t.organisationWithUsers(OrganisationKind.ENTERPRISE, [Role.QUALITY_ENGINEER, Role.VIEWER]);
    const token = await t.login(chooser.email);
    const colleagueToken = await t.login(colleague.email);
    expect((await t.gql(ME, {}, token)).data?.me).toEqual({ id: chooser.id, language: 'ZH_CN' });

    expect((await t.gql(SET, { language: 'EN' }, token)).data?.setMyLanguage).toEqual({ id: chooser.id, language: 'EN' });
    expect((await t.gql(ME, {}, token)).data?.me.language).toBe('EN');
    expect((await t.gql(ME, {}, colleagueToken)).data?.me.language).toBe('ZH_CN');
    // Remembered across sessions, and switchable back.
    expect((await t.gql(ME, {}, await t.login(chooser.email))).data?.me.language).toBe('EN');
    expect((await t.gql(SET, { language: 'ZH_CN' }, token)).data?.setMyLanguage.language).toBe('ZH_CN');
  });
});
