/** The notification a mentor gets when their Wrapped is ready, in Norwegian bokmål. Pure. */
export function wrappedReadyText(year: number, activities: number, minutes: number): { title: string; body: string } {
  const hours = (Math.round((minutes / 60) * 10) / 10).toLocaleString("nb-NO");
  const acts = activities === 1 ? "1 aktivitet" : `${activities} aktiviteter`;
  return {
    title: `Året ditt i Meander ${year} er klart`,
    body: `I ${year} registrerte du ${acts} og ${hours} timer. Se hele året ditt i Wrapped.`,
  };
}
