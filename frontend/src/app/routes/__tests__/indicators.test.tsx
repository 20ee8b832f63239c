import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '@/testing/test-utils';

describe('Indicators page', () => {
  it('lists all indicators and filters them by goal through ?goal=', async () => {
    const user = userEvent.setup();
    const { currentLocation } = renderApp('/indicators');

    expect(await screen.findAllByTestId('indicator-row')).toHaveLength(3);
    expect(screen.getByRole('table', { name: 'Indikatorer (3 st)' })).toBeInTheDocument();

    const select = screen.getByLabelText('Visa indikatorer för');
    await screen.findByRole('option', { name: /Mål 3: Narkotika och langning bekämpas/ });
    await user.selectOptions(select, '3');

    expect(currentLocation().search).toBe('?goal=3');
    await waitFor(() => expect(screen.getAllByTestId('indicator-row')).toHaveLength(1));
    expect(screen.getByRole('rowheader', { name: 'Anmälda narkotikabrott' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Indikatorer för mål 3 (1 st)' })).toBeInTheDocument();
  });
});
