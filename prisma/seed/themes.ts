// The brochure's thematic areas, with the OECD DAC purpose code IATI publishes as the sector.
export const THEMES = [
  { code: "labour-law", label: "Labour law governance", iatiSector: "16020" },
  { code: "migration", label: "Labour migration", iatiSector: "15190" },
  { code: "green-jobs", label: "Green jobs", iatiSector: "41010" },
  { code: "youth-employment", label: "Youth employment", iatiSector: "16020" },
  { code: "gender", label: "Gender equality", iatiSector: "15170" },
  { code: "enterprise", label: "Enterprise development", iatiSector: "25010" },
  { code: "social-dialogue", label: "Social dialogue", iatiSector: "16020" },
  { code: "skills", label: "Skills and TVET", iatiSector: "11330" },
  { code: "osh", label: "Occupational safety and health", iatiSector: "16020" },
  { code: "productivity", label: "Productivity", iatiSector: "25010" },
  { code: "social-protection", label: "Social protection", iatiSector: "16010" },
  { code: "statistics", label: "Statistics and labour market information", iatiSector: "16062" },
  { code: "tripartism", label: "Tripartism", iatiSector: "16020" },
] as const;

export type ThemeCode = (typeof THEMES)[number]["code"];
