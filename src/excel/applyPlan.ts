export * from './apply/index';
