char **__environ = 0;
extern char **environ __attribute__((weak, alias("__environ")));
