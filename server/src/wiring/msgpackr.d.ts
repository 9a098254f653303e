// msgpackr's build without generated code has the types of the package.
declare module 'msgpackr/index-no-eval' {
	export * from 'msgpackr';
}
