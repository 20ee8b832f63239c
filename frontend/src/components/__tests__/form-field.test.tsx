import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FieldsetField, FormField, useFormFields } from '@/components/form-field';
import type { FieldErrors } from '@/lib/api/field-errors';

/** A form as the app's forms wire it: fields by the API's name, errors from a problem. */
function TitleForm({ errors }: { errors: FieldErrors }) {
  const field = useFormFields(errors);
  return (
    <form>
      <a href={`#${field('commitments[0].text').id}`}>to the commitment</a>
      <FormField {...field('title')} label="Titel" required hint="Högst 300 tecken.">
        {(control) => <input type="text" {...control} />}
      </FormField>
      <FormField {...field('commitments[0].text')} label="Vad åtagandet innebär">
        {(control) => <textarea {...control} />}
      </FormField>
      <FormField {...field('source')} label="Källa" optional>
        {(control) => <input type="text" {...control} />}
      </FormField>
      <FieldsetField {...field('parties')} legend="Parter" hint="Minst en.">
        <FormField label="Polisen" inline>
          {(control) => <input type="checkbox" {...control} />}
        </FormField>
        <FormField label="Kommunen" inline>
          {(control) => <input type="checkbox" {...control} />}
        </FormField>
      </FieldsetField>
    </form>
  );
}

describe('FormField', () => {
  it('labels its control, marks required and optional fields, and reads the hint with it', () => {
    render(<TitleForm errors={{}} />);

    const title = screen.getByRole('textbox', { name: 'Titel (obligatoriskt)' });
    expect(title).toHaveAccessibleDescription('Högst 300 tecken.');
    expect(title).toHaveAttribute('aria-required', 'true');
    expect(title).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('textbox', { name: 'Källa (frivilligt)' })).not.toHaveAttribute('aria-required');
    expect(screen.getByRole('textbox', { name: 'Vad åtagandet innebär' })).not.toHaveAttribute('aria-describedby');
    expect(screen.queryByTestId('error-title')).not.toBeInTheDocument();
  });

  it('ties its errors to the control after the hint, and marks the control invalid', () => {
    render(<TitleForm errors={{ title: ['is required', 'must be at most 300 characters'] }} />);

    const title = screen.getByLabelText(/^Titel/);
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Högst 300 tecken. is required; must be at most 300 characters');
    expect(screen.getByTestId('error-title')).toHaveTextContent('is required; must be at most 300 characters');
    expect(screen.getByLabelText('Vad åtagandet innebär')).not.toHaveAttribute('aria-invalid');
  });

  it("gives a repeated row's field an id of its own that a link can name", async () => {
    render(<TitleForm errors={{ 'commitments[0].text': ['must not be blank'] }} />);

    const text = screen.getByLabelText('Vad åtagandet innebär');
    expect(screen.getByTestId('error-commitments[0].text')).toHaveTextContent('must not be blank');
    expect(text).toHaveAccessibleDescription('must not be blank');
    expect(text.id).toMatch(/-commitments-0--text$/);
    expect(screen.getByRole('link', { name: 'to the commitment' })).toHaveAttribute('href', `#${text.id}`);
  });

  it('puts a checkbox before its label, and clicking the label ticks it', async () => {
    render(<TitleForm errors={{}} />);

    const police = screen.getByRole('checkbox', { name: 'Polisen' });
    expect(police.nextElementSibling).toHaveTextContent('Polisen');
    await userEvent.setup().click(screen.getByText('Polisen'));
    expect(police).toBeChecked();
  });
});

describe('FieldsetField', () => {
  it("names its group with the legend and ties the group's hint and errors to it", () => {
    render(<TitleForm errors={{ parties: ['name at least one organisation'] }} />);

    const group = screen.getByRole('group', { name: 'Parter' });
    expect(group).toHaveAccessibleDescription('Minst en. name at least one organisation');
    expect(screen.getByTestId('error-parties')).toHaveTextContent('name at least one organisation');
    // A group the API names is where the error summary's link moves focus.
    expect(group).toHaveAttribute('tabindex', '-1');
    // aria-invalid is not allowed on a group; its controls stay as they are.
    expect(group).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('checkbox', { name: 'Kommunen' })).not.toHaveAttribute('aria-invalid');
  });

  it('is an ordinary group without hint or errors', () => {
    render(
      <FieldsetField legend="Läge">
        <label>
          <input type="radio" name="mode" /> Allt eller inget
        </label>
      </FieldsetField>,
    );

    const group = screen.getByRole('group', { name: 'Läge' });
    expect(group).not.toHaveAttribute('aria-describedby');
    expect(group).not.toHaveAttribute('tabindex');
    expect(screen.getByRole('radio', { name: 'Allt eller inget' })).toBeInTheDocument();
  });
});
