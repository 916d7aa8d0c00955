import { t } from '@/lib/i18n';
import { RemindersSection } from './options/RemindersSection';
import { RulesSection } from './options/RulesSection';
import { PacksSection } from './options/PacksSection';
import { BackupSection } from './options/BackupSection';
import { IncidentsSection } from './options/IncidentsSection';
import { DataSection } from './options/DataSection';
import { SitesSection } from './options/SitesSection';
import { RecipesSection } from './options/RecipesSection';
import { PolicyNotice } from './options/PolicyNotice';
import { FeedbackSection } from './options/FeedbackSection';
import { PackEditor } from './options/PackEditor';
import { OptionsToc } from './options/OptionsToc';
import { PanelSection } from './options/PanelSection';

/** The options page: one section per area, each its own component; the rep's own first. */
export function Options() {
  return (
    <div className="options">
      <header className="options-header">
        <h1>{t('optionsTitle')}</h1>
        <OptionsToc root=".options-body" />
      </header>
      <main className="options-body">
        <PolicyNotice />
        {/* The rep's own settings first; the team lead's sections follow under their own heading. */}
        <h2 className="options-group-title">{t('optionsRepGroup')}</h2>
        <PanelSection />
        <SitesSection />
        <RulesSection />
        <RemindersSection />
        <BackupSection />
        <IncidentsSection />
        <DataSection />
        <h2 className="options-group-title">{t('optionsLeadGroup')}</h2>
        <PacksSection />
        <RecipesSection />
        <FeedbackSection />
        <PackEditor />
      </main>
    </div>
  );
}
