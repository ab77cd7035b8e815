import { afterEach, describe, expect, it } from "vitest";
import { formatLongDate, parseContentDate, toIsoVietnam } from "@/lib/dates";

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe("parseContentDate", () => {
  it("reads a date without offset as midnight in Vietnam", () => {
    expect(parseContentDate("2020-09-10")?.toISOString()).toBe("2020-09-09T17:00:00.000Z");
  });

  it("reads an offset-less date-time as Vietnam wall time", () => {
    expect(parseContentDate("2020-09-10 08:30")?.toISOString()).toBe("2020-09-10T01:30:00.000Z");
    expect(parseContentDate("2020-09-10T08:30:15")?.toISOString()).toBe("2020-09-10T01:30:15.000Z");
  });

  it("honours an explicit offset or Z", () => {
    expect(parseContentDate("2020-09-10T08:30:00+07:00")?.toISOString()).toBe("2020-09-10T01:30:00.000Z");
    expect(parseContentDate("2020-09-10T01:30:00Z")?.toISOString()).toBe("2020-09-10T01:30:00.000Z");
    expect(parseContentDate("2020-09-10T01:30:00-0500")?.toISOString()).toBe("2020-09-10T06:30:00.000Z");
  });

  it("rejects days and times that do not exist, and other text", () => {
    for (const bad of [
      "2020-02-30",
      "2021-02-29",
      "2020-13-01",
      "2020-09-10 24:00",
      "10/09/2020",
      "hôm qua",
      "",
    ]) {
      expect(parseContentDate(bad), bad).toBeNull();
    }
    expect(parseContentDate("2020-02-29")).not.toBeNull();
  });

  it.each([
    ["UTC", 0],
    ["America/Los_Angeles", 420],
    ["Asia/Tokyo", -540],
  ])("gives the Vietnamese day whatever the server zone (TZ=%s)", (tz, offsetMinutes) => {
    process.env.TZ = tz;
    // The process really runs in that zone now.
    expect(new Date("2020-09-10T00:00:00Z").getTimezoneOffset()).toBe(offsetMinutes);
    const date = parseContentDate("2020-09-10")!;
    expect(formatLongDate(date)).toBe("Thứ Năm, 10/09/2020");
    expect(toIsoVietnam(date)).toBe("2020-09-10T00:00:00+07:00");
    // Late evening in Vietnam is still the same Vietnamese day.
    expect(formatLongDate(parseContentDate("2020-09-10 23:59")!)).toBe("Thứ Năm, 10/09/2020");
  });
});
