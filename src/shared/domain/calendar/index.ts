export * from './isoDate';
export * from './holidayTable';
export * from './workingDays';
export * from './deadline';
