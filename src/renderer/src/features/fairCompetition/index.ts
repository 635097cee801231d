export { FairCompetitionCard } from './FairCompetitionCard';
export { TouchesBusinessField } from './TouchesBusinessField';
