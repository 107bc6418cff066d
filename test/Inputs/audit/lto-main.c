/* The rest of the program: it calls no kfunc. */
int main(void) { return 0; }
