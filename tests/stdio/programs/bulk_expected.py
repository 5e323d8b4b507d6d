import sys
with open(sys.argv[1], "w") as f:
    for i in range(5000):
        f.write("line %04d of the bulk output test.\n" % i)
