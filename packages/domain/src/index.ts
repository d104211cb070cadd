export * from './catalogue/catalogue.schema';
export * from './catalogue/requirement.schema';
export * from './organisation/organisation-type';
