export { Container, type ContainerOwnProps, type ContainerProps } from './Container';
export type { ContainerMaxWidth } from './Container.styles';
