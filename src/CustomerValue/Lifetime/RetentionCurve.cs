using System.Globalization;

namespace CustomerValue.Lifetime;

/// <summary>
/// The "ordinary" and the "corrected" retention answer side by side: a constant retention rate r (the textbook relationship
/// value of <see cref="RelationshipValue"/>) against the heterogeneous sBG cohort, whose retention rate rises over time because
/// the customers most likely to leave leave first (Fader &amp; Hardie 2007, 2010).
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. Both values count the first payment now (period 1 is paid at signing) and discount later ones by
/// (1 + d) per period: the constant-rate value is <see cref="RelationshipValue.Infinite"/> m(1 + d)/(1 + d − r) and the sBG value is
/// m · DEL(d) (<see cref="ShiftedBetaGeometricModel.DiscountedExpectedLifetime(double)"/>); the horizon values stop after
/// <see cref="Periods"/> payments.</para>
/// <para>By default the constant rate is the sBG's own first-period retention β/(α + β), the rate an analyst would read off the
/// first renewal; the constant model then projects too few survivors and undervalues the customer.</para>
/// </remarks>
public sealed class RetentionCurve
{
    private RetentionCurve(
        ShiftedBetaGeometricModel model,
        double constantRetention,
        double margin,
        double discountRate,
        IReadOnlyList<RetentionCurvePoint> points,
        double constantValue,
        double heterogeneousValue,
        double constantHorizonValue,
        double heterogeneousHorizonValue)
    {
        Model = model;
        ConstantRetention = constantRetention;
        Margin = margin;
        DiscountRate = discountRate;
        Points = points;
        ConstantValue = constantValue;
        HeterogeneousValue = heterogeneousValue;
        ConstantHorizonValue = constantHorizonValue;
        HeterogeneousHorizonValue = heterogeneousHorizonValue;
    }

    /// <summary>The heterogeneous (sBG) model.</summary>
    public ShiftedBetaGeometricModel Model { get; }

    /// <summary>The constant retention rate r of the ordinary model.</summary>
    public double ConstantRetention { get; }

    /// <summary>The margin (or payment) per period, m.</summary>
    public double Margin { get; }

    /// <summary>The discount rate per period, d.</summary>
    public double DiscountRate { get; }

    /// <summary>The number of periods compared (the horizon of the horizon values).</summary>
    public int Periods => Points.Count;

    /// <summary>Periods 1 … <see cref="Periods"/>: survival and retention under both models.</summary>
    public IReadOnlyList<RetentionCurvePoint> Points { get; }

    /// <summary>The constant-retention relationship value over an infinite horizon, m(1 + d)/(1 + d − r).</summary>
    public double ConstantValue { get; }

    /// <summary>The sBG expected lifetime value over an infinite horizon, m · DEL(d).</summary>
    public double HeterogeneousValue { get; }

    /// <summary>The constant-retention value of the first <see cref="Periods"/> payments, Σ_{t&lt;N} m r^t/(1 + d)^t.</summary>
    public double ConstantHorizonValue { get; }

    /// <summary>The sBG value of the first <see cref="Periods"/> payments, Σ_{t&lt;N} m S(t)/(1 + d)^t.</summary>
    public double HeterogeneousHorizonValue { get; }

    /// <summary>HeterogeneousValue / ConstantValue − 1: how much the constant-rate model misstates the value (negative margins flip the sign of both).</summary>
    public double ValueUnderstatement => (HeterogeneousValue / ConstantValue) - 1.0;

    /// <summary>Compares the sBG model with a constant rate equal to its first-period retention β/(α + β).</summary>
    /// <param name="model">The heterogeneous model.</param>
    /// <param name="margin">m: margin (or payment) per period; finite.</param>
    /// <param name="discountRate">d per period; finite and positive.</param>
    /// <param name="periods">Periods to tabulate and horizon of the horizon values; at least 1.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static RetentionCurve Compare(ShiftedBetaGeometricModel model, double margin, double discountRate, int periods)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Compare(model, model.Retention(1), margin, discountRate, periods);
    }

    /// <summary>Compares the sBG model with a constant retention rate of your choice (for example an observed average).</summary>
    /// <param name="model">The heterogeneous model.</param>
    /// <param name="constantRetention">r: the constant model's retention rate; in [0, 1].</param>
    /// <param name="margin">m: margin (or payment) per period; finite.</param>
    /// <param name="discountRate">d per period; finite and positive.</param>
    /// <param name="periods">Periods to tabulate and horizon of the horizon values; at least 1.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static RetentionCurve Compare(ShiftedBetaGeometricModel model, double constantRetention, double margin, double discountRate, int periods)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(periods, 1);
        if (!(double.IsFinite(discountRate) && discountRate > 0))
        {
            throw new ArgumentOutOfRangeException(
                nameof(discountRate),
                discountRate,
                string.Create(CultureInfo.InvariantCulture, $"The discount rate per period must be finite and positive, but was {discountRate}."));
        }

        // RelationshipValue validates the margin and the constant rate, naming them.
        double constantValue = RelationshipValue.Infinite(margin, constantRetention, discountRate);
        double constantHorizon = RelationshipValue.Finite(margin, constantRetention, discountRate, periods);
        double heterogeneousValue = margin * model.DiscountedExpectedLifetime(discountRate);

        var points = new RetentionCurvePoint[periods];
        double survival = 1.0, constantSurvival = 1.0, discount = 1.0, horizon = 0.0;
        for (int t = 1; t <= periods; t++)
        {
            horizon += survival * discount;
            double retention = model.Retention(t);
            survival *= retention;
            constantSurvival *= constantRetention;
            discount /= 1.0 + discountRate;
            points[t - 1] = new RetentionCurvePoint(t, constantSurvival, survival, constantRetention, retention);
        }

        return new RetentionCurve(
            model,
            constantRetention,
            margin,
            discountRate,
            Array.AsReadOnly(points),
            constantValue,
            heterogeneousValue,
            constantHorizon,
            margin * horizon);
    }
}
