// The product's own root layout (its stylesheet included): the control differs from the app only
// in what its page does.
export { default, metadata } from "../../../app/layout";
