import { fakeBrowser } from 'wxt/testing/fake-browser';
test('i18n answers from the English messages', () => {
  expect(fakeBrowser.i18n.getMessage('extName')).toBe('Heard');
});
