using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Ingestion.Listings;

/// <summary>
/// The date line of a Daily Papers entry: <c>Apr 2</c>, <c>Jun 10 2</c>, <c>Jun 30, 2023</c>,
/// <c>Sep 7, 2024 6</c>. A year comes after a comma; a trailing number without a comma is the upvote count.
/// </summary>
public sealed partial record ListingDate(int Month, int Day, int? Year, int? Upvotes)
{
    [GeneratedRegex(
        @"^(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<day>\d{1,2})(?:,\s*(?<year>\d{4}))?(?:\s+(?<upvotes>\d{1,7}))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    private static readonly string[] Months =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>Reads a date line; null when the line is not one.</summary>
    public static ListingDate? TryParse(string line)
    {
        var match = Pattern().Match(line.Trim());
        if (!match.Success)
        {
            return null;
        }

        var month = Array.IndexOf(Months, match.Groups["month"].Value) + 1;
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        int? year = match.Groups["year"].Success
            ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture)
            : null;
        int? upvotes = match.Groups["upvotes"].Success
            ? int.Parse(match.Groups["upvotes"].Value, CultureInfo.InvariantCulture)
            : null;
        return new ListingDate(month, day, year, upvotes);
    }

    /// <summary>The calendar date, taking <paramref name="pageYear"/> when the line has no year; null if impossible (Feb 30).</summary>
    public DateOnly? ToDate(int pageYear)
    {
        var year = Year ?? pageYear;
        return Day >= 1 && Day <= DateTime.DaysInMonth(year, Month) ? new DateOnly(year, Month, Day) : null;
    }
}
