/* A reverse-Polish calculator over its arguments: numbers are pushed,
 * names of <math.h> functions pop their operands and push the result,
 * + - x / are arithmetic, "p" prints the top of the stack.  Built with lstar-cc and with the host
 * gcc and glibc; the test compares what the two print.  Results of the
 * correctly rounded functions are printed exactly (%a); the others with
 * 12 significant digits, which an ulp of difference does not reach. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static double stack[64];
static int sp;

static double pop(void)
{
	return sp ? stack[--sp] : 0;
}

static void push(double x)
{
	if (sp < 64)
		stack[sp++] = x;
}

struct op1 { const char *name; double (*f)(double); int exact; };
struct op2 { const char *name; double (*f)(double, double); int exact; };

static const struct op1 ops1[] = {
	{ "sqrt", sqrt, 1 }, { "fabs", fabs, 1 }, { "floor", floor, 1 },
	{ "ceil", ceil, 1 }, { "trunc", trunc, 1 }, { "round", round, 1 },
	{ "rint", rint, 1 }, { "cbrt", cbrt, 0 }, { "exp", exp, 0 },
	{ "exp2", exp2, 0 }, { "expm1", expm1, 0 }, { "log", log, 0 },
	{ "log2", log2, 0 }, { "log10", log10, 0 }, { "log1p", log1p, 0 },
	{ "sin", sin, 0 }, { "cos", cos, 0 }, { "tan", tan, 0 },
	{ "asin", asin, 0 }, { "acos", acos, 0 }, { "atan", atan, 0 },
	{ "sinh", sinh, 0 }, { "cosh", cosh, 0 }, { "tanh", tanh, 0 },
	{ "asinh", asinh, 0 }, { "acosh", acosh, 0 }, { "atanh", atanh, 0 },
	{ "erf", erf, 0 }, { "erfc", erfc, 0 }, { "tgamma", tgamma, 0 },
	{ "lgamma", lgamma, 0 },
};

static const struct op2 ops2[] = {
	{ "pow", pow, 0 }, { "atan2", atan2, 0 }, { "hypot", hypot, 0 },
	{ "fmod", fmod, 1 }, { "remainder", remainder, 1 }, { "fmin", fmin, 1 },
	{ "fmax", fmax, 1 }, { "copysign", copysign, 1 }, { "fdim", fdim, 1 },
	{ "nextafter", nextafter, 1 },
};

static int last_exact = 1;

static const char *class_name(double x)
{
	switch (fpclassify(x)) {
	case FP_NAN: return "nan";
	case FP_INFINITE: return signbit(x) ? "-inf" : "inf";
	case FP_ZERO: return signbit(x) ? "-zero" : "zero";
	case FP_SUBNORMAL: return "subnormal";
	default: return "normal";
	}
}

static void print_top(void)
{
	double x = sp ? stack[sp - 1] : 0;
	if (!isfinite(x) || x == 0)
		printf("%s\n", class_name(x));
	else if (last_exact)
		printf("%a %s\n", x, class_name(x));
	else
		printf("%.12g %s\n", x, class_name(x));
}

static int apply(const char *t)
{
	for (size_t i = 0; i < sizeof ops1 / sizeof ops1[0]; i++)
		if (!strcmp(t, ops1[i].name)) {
			push(ops1[i].f(pop()));
			last_exact = ops1[i].exact;
			return 1;
		}
	for (size_t i = 0; i < sizeof ops2 / sizeof ops2[0]; i++)
		if (!strcmp(t, ops2[i].name)) {
			double y = pop(), x = pop();
			push(ops2[i].f(x, y));
			last_exact = ops2[i].exact;
			return 1;
		}
	if (strlen(t) == 1 && strchr("+-x/", *t)) {	/* x: multiply */
		double y = pop(), x = pop();
		push(*t == '+' ? x + y : *t == '-' ? x - y : *t == 'x' ? x * y : x / y);
		last_exact = 1;
		return 1;
	}
	if (!strcmp(t, "frexp")) {
		int e;
		double m = frexp(pop(), &e);
		push(m);
		push(e);
		last_exact = 1;
		return 1;
	}
	if (!strcmp(t, "ldexp")) {
		double e = pop(), x = pop();
		push(ldexp(x, (int)e));
		last_exact = 1;
		return 1;
	}
	if (!strcmp(t, "lround")) {
		push((double)lround(pop()));
		last_exact = 1;
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		const char *t = argv[i];
		char *end;
		if (!strcmp(t, "p")) {
			print_top();
		} else if (!strcmp(t, "pi")) {
			push(M_PI);
		} else if (!apply(t)) {
			double x = strtod(t, &end);
			if (*end) {
				fprintf(stderr, "rpn: unknown token %s\n", t);
				return 2;
			}
			push(x);
			last_exact = 1;
		}
	}
	return 0;
}
