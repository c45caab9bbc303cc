// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DescriptionAdvice, describeDescription } from '../../components/DescriptionAdvice';
import { renderIn } from './helpers';

afterEach(cleanup);

describe('DescriptionAdvice', () => {
  it.each([
    ['Тел. 8 (351) 222-33-44', 'phone'],
    ['+7 912 345 67 89', 'phone'],
    ['454000, г. Челябинск, ул. Кирова, д. 5', 'address'],
    ['Режим работы: пн–пт', 'hours'],
    ['Приём 9:00–18:00', 'hours'],
    ['Наш сайт: https://school1.gosuslugi.ru', 'site'],
    ['school1.ru', 'site'],
  ] as const)('finds %s as %s', (text, item) => {
    expect(describeDescription(text)[item]).toBe('found');
  });

  it('a link to VK itself is not an official site', () => {
    expect(describeDescription('Мы ВКонтакте: https://vk.com/club1').site).toBe('not-found');
  });

  it('renders each item, advisory, with a note when the text was cut', () => {
    renderIn(<DescriptionAdvice text="Школа. Тел.: 8 351 222-33-44" complete={false} />);
    expect(screen.getByTestId('desc-phone').dataset.state).toBe('found');
    expect(screen.getByTestId('desc-address').textContent).toBe('адрес: не найдено');
    expect(screen.getByText('рекомендация, на баллы не влияет')).toBeTruthy();
    expect(screen.getByTestId('description-advice').textContent).toContain('прочитано не полностью');
  });

  it('unknown text', () => {
    renderIn(<DescriptionAdvice text={null} complete={undefined} />);
    expect(screen.getByText('описание не прочитано')).toBeTruthy();
    expect(describeDescription(null).phone).toBe('unknown');
  });
});
