// A partner's own notifications (reports returned or accepted, action items reopened, reports due):
// the same page as staff have, inside the portal.
export { default, generateMetadata } from "../../(app)/notifications/page";
