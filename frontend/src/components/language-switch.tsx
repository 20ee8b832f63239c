import { useTranslation } from 'react-i18next';

/** One button that switches between Swedish and English; its text is in the other language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const target = i18n.language === 'en' ? 'sv' : 'en';
  return (
    <button
      type="button"
      className="button button-quiet"
      lang={target}
      onClick={() => void i18n.changeLanguage(target)}
    >
      {t('language.switchTo')}
    </button>
  );
}
