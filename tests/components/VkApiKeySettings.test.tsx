// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VkApiKeySettings, type VkApiKeySettingsProps } from '../../components/VkApiKeySettings';

afterEach(cleanup);

const KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9';

function setup(overrides: Partial<VkApiKeySettingsProps> = {}) {
  let stored = false;
  const props: VkApiKeySettingsProps = {
    locale: 'ru',
    hasKey: vi.fn(async () => stored),
    save: vi.fn(async () => {
      stored = true;
      return 'saved' as const;
    }),
    check: vi.fn(async () => 'ok' as const),
    remove: vi.fn(async () => {
      stored = false;
    }),
    ...overrides,
  };
  render(<VkApiKeySettings {...props} />);
  return props;
}

const message = () => screen.getByTestId('vk-api-key-message');

describe('VkApiKeySettings', () => {
  it('shows the six steps to a first-time user, in Russian, and no buttons but «Сохранить»', async () => {
    setup();
    await waitFor(() => expect(screen.getByTestId('vk-api-key-state').dataset.state).toBe('none'));
    const steps = screen.getByTestId('vk-api-key-steps').querySelectorAll('li');
    expect(steps).toHaveLength(6);
    expect(steps[3]?.textContent).toContain('Сервисный ключ доступа');
    expect(screen.queryByTestId('vk-api-key-check')).toBeNull();
    expect(screen.queryByTestId('vk-api-key-delete')).toBeNull();
    expect((screen.getByTestId('vk-api-key-input') as HTMLInputElement).type).toBe('password');
  });

  it('refuses what is not a key without asking the browser anything', async () => {
    const props = setup();
    fireEvent.input(screen.getByTestId('vk-api-key-input'), { target: { value: 'мой ключ' } });
    fireEvent.click(screen.getByTestId('vk-api-key-save'));
    expect(props.save).not.toHaveBeenCalled();
    expect(message().dataset.message).toBe('key.notAKey');
  });

  it('saves the key in the click itself (the permission prompt needs it), then hides it', async () => {
    const props = setup();
    fireEvent.input(screen.getByTestId('vk-api-key-input'), { target: { value: ` ${KEY} ` } });
    fireEvent.click(screen.getByTestId('vk-api-key-save'));
    // called synchronously, with the trimmed key
    expect(props.save).toHaveBeenCalledWith(KEY);
    await waitFor(() => expect(message().dataset.message).toBe('key.saved'));
    expect((screen.getByTestId('vk-api-key-input') as HTMLInputElement).value).toBe('');
    expect(document.body.textContent).not.toContain(KEY);
    expect(screen.getByTestId('vk-api-key-state').dataset.state).toBe('saved');
  });

  it('says so when the browser’s permission was refused', async () => {
    setup({ save: vi.fn(async () => 'denied' as const) });
    fireEvent.input(screen.getByTestId('vk-api-key-input'), { target: { value: KEY } });
    fireEvent.click(screen.getByTestId('vk-api-key-save'));
    await waitFor(() => expect(message().dataset.message).toBe('key.denied'));
    expect(message().getAttribute('role')).toBe('alert');
  });

  it('«Проверить ключ» and «Удалить ключ»', async () => {
    const props = setup({
      hasKey: vi.fn(async () => true),
      check: vi.fn(async () => 'invalid' as const),
    });
    await waitFor(() => expect(screen.getByTestId('vk-api-key-state').dataset.state).toBe('saved'));
    fireEvent.click(screen.getByTestId('vk-api-key-check'));
    await waitFor(() => expect(message().dataset.message).toBe('key.check.invalid'));
    expect(message().textContent).toContain('ВКонтакте не принял ключ');
    fireEvent.click(screen.getByTestId('vk-api-key-delete'));
    await waitFor(() => expect(message().dataset.message).toBe('key.deleted'));
    expect(props.remove).toHaveBeenCalledOnce();
    expect(screen.getByTestId('vk-api-key-state').dataset.state).toBe('none');
  });
});
