// Every endpoint of API version 1, in the order the reference lists them. Routes and the OpenAPI
// document both read this list.
import { agreements } from "./resources/agreements";
import { commitments, receipts } from "./resources/funding";
import { meetings } from "./resources/meetings";
import { partners } from "./resources/partners";
import { projects } from "./resources/projects";

export const API_BASE = "/api/v1";

export const ENDPOINTS = [agreements, partners, meetings, projects, commitments, receipts];
