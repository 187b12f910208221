using CustomerValue.Lifetime;

namespace CustomerValue.Numerics;

/// <summary>
/// Binary logistic regression by Newton's method (iteratively reweighted least squares) with an optional ridge penalty:
/// a design matrix and 0/1 labels in, coefficients with standard errors, log-loss and AUC out. Also the AUC and log-loss
/// of any scores, for held-out checks.
/// </summary>
/// <remarks>
/// <para>
/// Model: P(yᵢ = 1) = σ(ηᵢ), ηᵢ = β₀ + Σⱼ βⱼ xᵢⱼ, σ(η) = 1 / (1 + e^−η). With observation weights wᵢ (1 by default) the
/// fit maximises Q(β) = Σ wᵢ [yᵢ ηᵢ − log(1 + e^ηᵢ)] − (λ/2) Σⱼ≥₁ βⱼ². Gradient g = Xᵀ W (y − p) − λβ; negative Hessian
/// H = Xᵀ diag(wᵢ pᵢ (1 − pᵢ)) X + λI (zero for the intercept). Each iteration solves H Δ = g by Cholesky and halves the
/// step until Q does not decrease; it stops after the step whose Newton decrement ½ gᵀΔ is below the tolerance. The covariance is H⁻¹
/// at the optimum. The start is β = 0 with the intercept at the logit of the weighted mean label, so the result is
/// deterministic and does not depend on the order of the rows beyond rounding.
/// </para>
/// <para>
/// Without a penalty, separable classes have no finite maximum: the solver then stops at the iteration limit and reports
/// <see cref="FitExitReason.MaximumIterations"/>; use a positive <see cref="LogisticRegressionOptions.L2Penalty"/>.
/// </para>
/// <para>Thread-safe: every call works on its own buffers.</para>
/// </remarks>
internal static class LogisticRegression
{
    private const int MaxHalvings = 60;

    /// <summary>σ(η) = 1 / (1 + e^−η), in [0, 1] and never NaN for a non-NaN η.</summary>
    public static double Logistic(double eta) => LogMath.LogisticOfNegative(-eta);

    /// <summary>Fits the model.</summary>
    /// <param name="design">The design matrix, row-major, <paramref name="labels"/>.Length rows × <paramref name="columns"/> columns, without an intercept column; finite.</param>
    /// <param name="columns">Columns of the design (0 allowed with an intercept).</param>
    /// <param name="labels">The outcome of each row; both classes must occur (with positive weight).</param>
    /// <param name="options">Penalty, intercept, iteration limit and tolerance; <see cref="LogisticRegressionOptions.Default"/> when null.</param>
    /// <param name="weights">Non-negative finite observation weights, one per row; empty for all ones.</param>
    /// <exception cref="ArgumentException">The shapes do not agree, a value is not finite, a weight is negative, or only one class occurs.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="columns"/> is negative or an option is out of range.</exception>
    public static LogisticRegressionResult Fit(
        ReadOnlySpan<double> design,
        int columns,
        ReadOnlySpan<bool> labels,
        LogisticRegressionOptions? options = null,
        ReadOnlySpan<double> weights = default)
    {
        options ??= LogisticRegressionOptions.Default;
        options.Validate();
        int n = labels.Length;
        Check(design, columns, labels, weights, options.FitIntercept);

        int offset = options.FitIntercept ? 1 : 0;
        int p = columns + offset;
        double lambda = options.L2Penalty;
        var beta = new double[p];
        var candidate = new double[p];
        var gradient = new double[p];
        var hessian = new double[p * p];
        var lower = new double[p * p];
        var step = new double[p];
        var eta = new double[n];

        if (options.FitIntercept)
        {
            (double positive, double total) = ClassWeights(labels, weights);
            double mean = positive / total;
            beta[0] = Math.Log(mean / (1 - mean));
        }

        double objective = Objective(design, columns, labels, weights, beta, offset, lambda, eta);
        FitExitReason reason = FitExitReason.MaximumIterations;
        int iterations = 0;
        while (iterations < options.MaxIterations)
        {
            Derivatives(design, columns, labels, weights, beta, offset, lambda, eta, gradient, hessian);
            if (!SmallMatrix.TryCholesky(hessian, p, lower))
            {
                reason = FitExitReason.LineSearchFailed;
                break;
            }

            gradient.CopyTo(step, 0);
            SmallMatrix.CholeskySolve(lower, p, step);
            // Converged when the Newton decrement is tiny; the step is still taken, which squares the remaining error.
            bool small = 0.5 * Dot(gradient, step) <= options.Tolerance * Math.Max(1.0, Math.Abs(objective));
            iterations++;
            double t = 1.0;
            double next = double.NegativeInfinity;
            for (int halving = 0; halving < MaxHalvings; halving++)
            {
                for (int j = 0; j < p; j++)
                {
                    candidate[j] = beta[j] + (t * step[j]);
                }

                next = Objective(design, columns, labels, weights, candidate, offset, lambda, eta);
                if (next >= objective)
                {
                    break;
                }

                t *= 0.5;
            }

            bool accepted = next >= objective;
            if (accepted)
            {
                candidate.CopyTo(beta, 0);
                objective = next;
            }

            if (small)
            {
                reason = FitExitReason.GradientTolerance;
                break;
            }

            if (!accepted)
            {
                reason = FitExitReason.LineSearchFailed;
                break;
            }
        }

        double logLikelihood = LogLikelihood(design, columns, labels, weights, beta, offset, eta);
        Derivatives(design, columns, labels, weights, beta, offset, lambda, eta, gradient, hessian);
        var covariance = new double[p * p];
        var standardErrors = new double[p];
        if (SmallMatrix.TryInvertSymmetricPositiveDefinite(hessian, p, covariance))
        {
            for (int j = 0; j < p; j++)
            {
                standardErrors[j] = Math.Sqrt(covariance[(j * p) + j]);
            }
        }
        else
        {
            Array.Fill(covariance, double.NaN);
            Array.Fill(standardErrors, double.NaN);
        }

        var scores = new double[n];
        for (int i = 0; i < n; i++)
        {
            scores[i] = Logistic(eta[i]);
        }

        (_, double totalWeight) = ClassWeights(labels, weights);
        return new LogisticRegressionResult(
            beta,
            standardErrors,
            covariance,
            logLikelihood,
            objective,
            -logLikelihood / totalWeight,
            AreaUnderCurve(scores, labels, weights),
            iterations,
            reason,
            n,
            options.FitIntercept,
            lambda);
    }

    /// <summary>
    /// The area under the ROC curve: the probability that a random positive scores above a random negative, ties counting
    /// one half (the Mann–Whitney statistic), weighted when <paramref name="weights"/> is given. O(n log n).
    /// </summary>
    /// <exception cref="ArgumentException">Lengths differ, a score is NaN, a weight is negative or not finite, or only one class occurs.</exception>
    public static double AreaUnderCurve(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, ReadOnlySpan<double> weights = default)
    {
        if (scores.Length != labels.Length)
        {
            throw new ArgumentException($"There are {scores.Length} scores but {labels.Length} labels.", nameof(scores));
        }

        CheckWeights(weights, labels.Length);
        var order = new int[scores.Length];
        for (int i = 0; i < order.Length; i++)
        {
            if (double.IsNaN(scores[i]))
            {
                throw new ArgumentException($"Score {i} is NaN.", nameof(scores));
            }

            order[i] = i;
        }

        double[] keys = scores.ToArray();
        Array.Sort(keys, order);

        // Walk the scores from lowest to highest in groups of ties: each positive beats the negatives below its group and
        // ties half of those inside it.
        double negativesBelow = 0;
        double sum = 0;
        double positives = 0;
        int start = 0;
        while (start < keys.Length)
        {
            int end = start;
            double groupPositive = 0;
            double groupNegative = 0;
            while (end < keys.Length && keys[end] == keys[start])
            {
                int row = order[end];
                double w = weights.IsEmpty ? 1.0 : weights[row];
                if (labels[row])
                {
                    groupPositive += w;
                }
                else
                {
                    groupNegative += w;
                }

                end++;
            }

            sum += groupPositive * (negativesBelow + (0.5 * groupNegative));
            negativesBelow += groupNegative;
            positives += groupPositive;
            start = end;
        }

        if (!(positives > 0) || !(negativesBelow > 0))
        {
            throw new ArgumentException("The AUC needs both positive and negative labels (with positive weight).", nameof(labels));
        }

        return sum / (positives * negativesBelow);
    }

    /// <summary>
    /// The mean cross-entropy −Σ wᵢ [yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)] / Σ wᵢ, with each probability clipped to
    /// [1e-15, 1 − 1e-15] so that a confident miss costs a large but finite loss.
    /// </summary>
    /// <exception cref="ArgumentException">Lengths differ, a probability is outside [0, 1], or a weight is negative or not finite.</exception>
    public static double LogLoss(ReadOnlySpan<double> probabilities, ReadOnlySpan<bool> labels, ReadOnlySpan<double> weights = default)
    {
        if (probabilities.Length != labels.Length)
        {
            throw new ArgumentException($"There are {probabilities.Length} probabilities but {labels.Length} labels.", nameof(probabilities));
        }

        CheckWeights(weights, labels.Length);
        const double Clip = 1e-15;
        double loss = 0;
        double total = 0;
        for (int i = 0; i < probabilities.Length; i++)
        {
            double q = probabilities[i];
            if (!(q >= 0 && q <= 1))
            {
                throw new ArgumentException($"Probability {i} must be in [0, 1], but was {q}.", nameof(probabilities));
            }

            q = Math.Clamp(q, Clip, 1 - Clip);
            double w = weights.IsEmpty ? 1.0 : weights[i];
            loss -= w * (labels[i] ? Math.Log(q) : Math.Log(1 - q));
            total += w;
        }

        if (!(total > 0))
        {
            throw new ArgumentException("The log-loss needs at least one observation with positive weight.", nameof(labels));
        }

        return loss / total;
    }

    private static void Check(ReadOnlySpan<double> design, int columns, ReadOnlySpan<bool> labels, ReadOnlySpan<double> weights, bool intercept)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        if (columns == 0 && !intercept)
        {
            throw new ArgumentException("A model without an intercept needs at least one column.", nameof(columns));
        }

        if (labels.IsEmpty)
        {
            throw new ArgumentException("Logistic regression needs at least one observation.", nameof(labels));
        }

        if (design.Length != (long)labels.Length * columns)
        {
            throw new ArgumentException($"The design holds {design.Length} values, but {labels.Length} rows × {columns} columns need {(long)labels.Length * columns}.", nameof(design));
        }

        for (int k = 0; k < design.Length; k++)
        {
            if (!double.IsFinite(design[k]))
            {
                throw new ArgumentException($"Row {k / columns}, column {k % columns} of the design must be finite, but was {design[k]}.", nameof(design));
            }
        }

        CheckWeights(weights, labels.Length);
        (double positive, double total) = ClassWeights(labels, weights);
        if (!(positive > 0) || !(total - positive > 0))
        {
            throw new ArgumentException(
                $"Logistic regression needs both classes, but the labels are all {(positive > 0 ? "positive" : "negative")} (with positive weight).", nameof(labels));
        }
    }

    private static void CheckWeights(ReadOnlySpan<double> weights, int rows)
    {
        if (weights.IsEmpty)
        {
            return;
        }

        if (weights.Length != rows)
        {
            throw new ArgumentException($"There are {weights.Length} weights but {rows} rows.", nameof(weights));
        }

        for (int i = 0; i < weights.Length; i++)
        {
            if (!double.IsFinite(weights[i]) || weights[i] < 0)
            {
                throw new ArgumentException($"Weight {i} must be finite and zero or more, but was {weights[i]}.", nameof(weights));
            }
        }
    }

    private static (double Positive, double Total) ClassWeights(ReadOnlySpan<bool> labels, ReadOnlySpan<double> weights)
    {
        double positive = 0;
        double total = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            double w = weights.IsEmpty ? 1.0 : weights[i];
            total += w;
            positive += labels[i] ? w : 0;
        }

        return (positive, total);
    }

    /// <summary>Fills <paramref name="eta"/> with the linear predictor of every row.</summary>
    private static void LinearPredictors(ReadOnlySpan<double> design, int columns, ReadOnlySpan<double> beta, int offset, Span<double> eta)
    {
        double intercept = offset == 1 ? beta[0] : 0.0;
        for (int i = 0; i < eta.Length; i++)
        {
            ReadOnlySpan<double> row = design.Slice(i * columns, columns);
            double e = intercept;
            for (int j = 0; j < columns; j++)
            {
                e += beta[j + offset] * row[j];
            }

            eta[i] = e;
        }
    }

    private static double LogLikelihood(
        ReadOnlySpan<double> design, int columns, ReadOnlySpan<bool> labels, ReadOnlySpan<double> weights, ReadOnlySpan<double> beta, int offset, Span<double> eta)
    {
        LinearPredictors(design, columns, beta, offset, eta);
        double sum = 0;
        for (int i = 0; i < eta.Length; i++)
        {
            double w = weights.IsEmpty ? 1.0 : weights[i];
            sum += w * ((labels[i] ? eta[i] : 0.0) - LogMath.Softplus(eta[i]));
        }

        return sum;
    }

    private static double Objective(
        ReadOnlySpan<double> design, int columns, ReadOnlySpan<bool> labels, ReadOnlySpan<double> weights, ReadOnlySpan<double> beta, int offset, double lambda, Span<double> eta)
    {
        double logLikelihood = LogLikelihood(design, columns, labels, weights, beta, offset, eta);
        double penalty = 0;
        for (int j = offset; j < beta.Length; j++)
        {
            penalty += beta[j] * beta[j];
        }

        double value = logLikelihood - (0.5 * lambda * penalty);
        return double.IsNaN(value) ? double.NegativeInfinity : value;
    }

    /// <summary>Gradient and negative Hessian of the penalised log-likelihood at β (η is recomputed).</summary>
    private static void Derivatives(
        ReadOnlySpan<double> design, int columns, ReadOnlySpan<bool> labels, ReadOnlySpan<double> weights, ReadOnlySpan<double> beta, int offset, double lambda,
        Span<double> eta, Span<double> gradient, Span<double> hessian)
    {
        int p = beta.Length;
        LinearPredictors(design, columns, beta, offset, eta);
        gradient.Clear();
        hessian.Clear();
        Span<double> x = new double[p];
        for (int i = 0; i < eta.Length; i++)
        {
            double w = weights.IsEmpty ? 1.0 : weights[i];
            if (w == 0)
            {
                continue;
            }

            double probability = Logistic(eta[i]);
            double residual = w * ((labels[i] ? 1.0 : 0.0) - probability);
            double curvature = w * probability * (1 - probability);
            if (offset == 1)
            {
                x[0] = 1.0;
            }

            design.Slice(i * columns, columns).CopyTo(x[offset..]);
            for (int a = 0; a < p; a++)
            {
                gradient[a] += residual * x[a];
                double cx = curvature * x[a];
                for (int b = 0; b <= a; b++)
                {
                    hessian[(a * p) + b] += cx * x[b];
                }
            }
        }

        for (int a = 0; a < p; a++)
        {
            for (int b = 0; b < a; b++)
            {
                hessian[(b * p) + a] = hessian[(a * p) + b];
            }

            if (a >= offset)
            {
                gradient[a] -= lambda * beta[a];
                hessian[(a * p) + a] += lambda;
            }
        }
    }

    private static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += x[i] * y[i];
        }

        return s;
    }
}
