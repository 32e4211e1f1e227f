using System.CommandLine;

namespace Parallax.Cli.Commands;

/// <summary>Bounds on numeric options, checked when the command line is parsed: a bad value is named before any work starts.</summary>
internal static class OptionRules
{
    /// <summary>Refuses values under <paramref name="min"/>.</summary>
    public static Option<T> AtLeast<T>(this Option<T> option, T min)
        where T : struct, IComparable<T>
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<T>().CompareTo(min) < 0)
            {
                result.AddError($"{option.Name} must be at least {min} (got {result.GetValueOrDefault<T>()})");
            }
        });
        return option;
    }

    /// <summary>Refuses values under <paramref name="min"/> when the option is given.</summary>
    public static Option<T?> AtLeast<T>(this Option<T?> option, T min)
        where T : struct, IComparable<T>
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<T?>() is { } value && value.CompareTo(min) < 0)
            {
                result.AddError($"{option.Name} must be at least {min} (got {value})");
            }
        });
        return option;
    }
}
